// Where things live: the project's API and pages, Cockpit's and Tasklist's views of an instance or task.

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';

/** The server's root: the webapps live under their application path (/camunda). */
export const serverRoot = appRoot.replace(/\/camunda$/, '');

/** The engine the page shows: /camunda/app/cockpit/{engine}/. */
function engine() {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)\//);
  return match ? match[1] : 'default';
}

export const api = path => `${serverRoot}/api${path}`;
export const reportPage = () => `${serverRoot}/reports/transition-status.html`;
export const cockpitInstance = id =>
  `${appRoot}/app/cockpit/${engine()}/#/process-instance/${encodeURIComponent(id)}/runtime`;
export const dashboardTab = id => `${cockpitInstance(id)}?tab=transition-dashboard`;
export const tasklistTask = id =>
  `${appRoot}/app/tasklist/${engine()}/#/?task=${encodeURIComponent(id)}`;
/** Tasklist, where managers see every operation's tasks in "Operations in transition". */
export const tasklist = () => `${appRoot}/app/tasklist/${engine()}/`;

/** The API's answer, or an error in words. */
export async function read(path) {
  const response = await fetch(api(path), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (response.ok) {
    return response.json();
  }
  if (response.status === 403) {
    throw new Error(
      'The transition dashboard is for transition managers and administrators.'
    );
  }
  if (response.status === 404) {
    throw new Error('This operation is not on your dashboard.');
  }
  throw new Error('The dashboard could not be loaded. Reload the page to try again.');
}
