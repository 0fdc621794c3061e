// Offer only what the user may do. Cockpit shows the controls that write to a running instance
// (delete, suspend, retry, add or edit variables, migrate, manage a task's groups) to everyone; the
// engine refuses them to a read-only role (managers) with a raw permission error. This asks the
// engine once per view whether the user may update or delete process instances, and hides those
// controls when the user may not (the CSS is in styles/user-styles.css). The engine still enforces:
// hiding is for people, not security.

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const READ_ONLY = 'transition-read-only';

function engine() {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)\//);
  return match ? match[1] : 'default';
}

async function may(permission) {
  const query = new URLSearchParams({
    permissionName: permission,
    resourceName: 'Process Instance',
    resourceType: '8',
    resourceId: '*'
  });
  try {
    const response = await fetch(
      `${appRoot}/api/engine/engine/${engine()}/authorization/check?${query}`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}}
    );
    return response.ok && (await response.json()).authorized === true;
  } catch (e) {
    return false;
  }
}

/** Until the engine has answered, the controls stay hidden: nobody is offered what may fail. */
async function check() {
  if (window.location.hash.startsWith('#/login')) {
    return; // nobody to ask about yet
  }
  const writer = (await may('UPDATE')) || (await may('DELETE'));
  document.documentElement.classList.toggle(READ_ONLY, !writer);
  // what the engine answered, for whoever needs to know the check is done (the browser tests)
  document.documentElement.dataset.transitionAccess = writer ? 'writer' : 'reader';
}

document.documentElement.classList.add(READ_ONLY);
check();
// signing in or out happens without a page load: ask again on each change of view
window.addEventListener('hashchange', check);

export default [];
