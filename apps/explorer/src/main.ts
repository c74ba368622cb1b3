/** Entry point: build the app on the static page, expose the read-only test hook, load the graph. */
import './styles.css';
import { ExplorerApp } from './app.js';
import { installTestHook } from './test-hook.js';

const app = new ExplorerApp();
installTestHook(app);
void app.start();
// Release the workers and the WebGL context when the page is closed (not when it goes into the back/forward cache).
window.addEventListener('pagehide', (event) => {
  if (!event.persisted) app.dispose();
});
// On a narrow screen the filters fold away so the graph gets the room; on a wide one they open again.
const narrow = window.matchMedia('(max-width: 760px)');
const fold = (): void => {
  const details = document.getElementById('controls-details') as HTMLDetailsElement | null;
  if (details) details.open = !narrow.matches;
};
fold();
narrow.addEventListener('change', fold);
