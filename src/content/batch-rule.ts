/**
 * When the content script sends a batch (page-scanner.ts): whenever it has something new
 * (passages read, or passages retired), and at the end of a read whose earlier batches
 * said it went on, even with nothing new: the worker decides the page on a read's last
 * batch, and leaves the others undecided.
 */
export function shouldSendBatch(hasNew: boolean, readGoesOn: boolean, readUndecided: boolean): boolean {
  return hasNew || (!readGoesOn && readUndecided);
}
