import type { EventInfo } from '../core/types';
import { formatDate, plural } from './format';

export function EventHeader({ event, outletCount }: { event: EventInfo; outletCount: number }) {
  return (
    <header class="event">
      <h1>{event.title}</h1>
      <p class="event-meta">
        <time dateTime={event.date}>{formatDate(event.date)}</time> · {event.place} ·{' '}
        {plural(outletCount, 'outlet', 'outlets')} compared
      </p>
    </header>
  );
}
