import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// antd reads media queries (Grid, Layout.Sider breakpoints) and observes sizes; jsdom has neither.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });

// jsdom does not implement pseudo-element styles; antd asks for them when measuring scrollbars.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

window.scrollTo = () => {};

// ProseMirror measures ranges and asks what is under a point; jsdom lays nothing out.
const emptyRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
const emptyRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = emptyRect;
Range.prototype.getClientRects = emptyRects;
Element.prototype.scrollIntoView = () => {};
document.elementFromPoint = () => null;
if (!('ClipboardEvent' in window))
  Object.defineProperty(window, 'ClipboardEvent', {
    writable: true,
    value: class ClipboardEvent extends Event {
      readonly clipboardData: DataTransfer | null = null;
    },
  });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  delete (window as { qms?: unknown }).qms;
  window.history.replaceState(null, '', '/');
});
