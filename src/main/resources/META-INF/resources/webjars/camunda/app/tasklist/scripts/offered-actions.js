// Tasklist offers "Create task" and "Start process" to everyone. Staff may create no task (pressing
// it ends in a permission error) and may start no process (the list is empty): the header offers
// each only to whom the engine lets use it, as it answers for the signed-in user. The engine still
// enforces; this only keeps a person from reaching for what they cannot do.

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const TASK = 7; // the engine's resource type number of a task

function engine() {
  const match = window.location.pathname.match(/\/app\/[a-z]+\/([^/]+)\//);
  return match ? match[1] : 'default';
}

async function read(path) {
  try {
    const answer = await fetch(`${appRoot}/api/engine/engine/${engine()}${path}`, {
      headers: {Accept: 'application/json'}
    });
    return answer.ok ? answer.json() : null;
  } catch (e) {
    return null;
  }
}

const style = document.createElement('style');
style.textContent =
  'html[data-create-task="no"] li.create-task-action, html[data-start-process="no"] li.start-process-action ' +
  '{ display: none !important; }';
document.head.appendChild(style);

let askedFor = null;

async function settle() {
  const signedIn = document.querySelector('li.create-task-action, li.start-process-action') !== null;
  if (!signedIn) {
    askedFor = null;
    return;
  }
  const user = (document.querySelector('.account .dropdown-toggle, [cam-widget-header] .account') || {}).textContent;
  if (askedFor === user) {
    return;
  }
  askedFor = user;
  const [create, startable] = await Promise.all([
    read(`/authorization/check?permissionName=CREATE&resourceName=task&resourceType=${TASK}`),
    read('/process-definition/count?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true')
  ]);
  document.documentElement.dataset.createTask = create && create.authorized ? 'yes' : 'no';
  document.documentElement.dataset.startProcess = startable && startable.count > 0 ? 'yes' : 'no';
}

new MutationObserver(() => settle()).observe(document.documentElement, {childList: true, subtree: true});
settle();

export default [];
