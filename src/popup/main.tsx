import { render } from 'preact';
import { Popup } from './Popup';
import { tabToDescribe } from './tab-state';

const root = document.getElementById('app')!;

tabToDescribe(location.search).then(
  (tabId) => {
    if (tabId === undefined) render(<p class="note">No tab to describe.</p>, root);
    else render(<Popup tabId={tabId} />, root);
  },
  (error: unknown) => render(<p class="note">Parallax could not find the tab: {String(error)}</p>, root),
);
