// Where an operation lives in the webapps: its lifecycle's dashboard tab in Cockpit, its tasks in Tasklist.

const WEBAPPS = '/camunda/app';
const API = '/camunda/api';
const ENGINE = 'default';

/** The webapp's answer as JSON, or null when it has none (no session, no right, no network). */
async function read(path) {
  try {
    const response = await fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}

/**
 * The webapps the caller may open, as the webapps' own sign-in says ("cockpit", "tasklist", ...): staff
 * have no Cockpit, and a link to it would only end in a refusal. Null when unknown: then every link shows.
 */
export async function webapps() {
  const user = await read('/admin/auth/user/' + ENGINE);
  return user && Array.isArray(user.authorizedApps) ? new Set(user.authorizedApps) : null;
}

export const may = (apps, app) => apps === null || apps.has(app);

/**
 * The lifecycle's instance in Cockpit, on the tab of Cockpit's "Transitions" plugin. Cockpit (Community
 * Edition) shows running instances only, and searches instances only within one process definition, so
 * an operation whose lifecycle has ended (the report gives no instance then) has no page in Cockpit.
 */
export function dashboard(operation) {
  if (!operation.lifecycleInstanceId) {
    return null;
  }
  return WEBAPPS + '/cockpit/' + ENGINE + '/#/process-instance/'
    + encodeURIComponent(operation.lifecycleInstanceId) + '/runtime?tab=transition-dashboard';
}

/**
 * The caller's Tasklist filters that show an operation's tasks: "Operations in transition" for
 * headquarters, managers and administrators, the operation's own filter for its staff (its property "operation", whatever its name's language). One read, from
 * the webapps' own engine API and session, whatever the number of operations; none when it fails
 * (then the links open Tasklist's first filter).
 */
export async function tasklistFilters() {
  const byName = {};
  for (const filter of (await read('/engine/engine/' + ENGINE + '/filter?resourceType=Task')) || []) {
    byName[filter.name] = filter.id;
    // an operation's filter says its operation, whatever its name in the operation's language
    const operation = filter.properties && filter.properties.operation;
    if (operation) {
      byName[OPERATION + operation] = filter.id;
    }
  }
  return byName;
}

const OPERATION = 'operation:';

/** The operation's tasks in Tasklist: its own filter, or every operation's narrowed to its business key. */
export function tasks(code, filters) {
  // by the filter's operation; by its English name for a filter made before it said its operation
  const own = filters[OPERATION + code] || filters['Operation ' + code];
  const all = filters['Operations in transition'];
  const search = encodeURIComponent(JSON.stringify([
    {type: 'processInstanceBusinessKey', operator: 'eq', value: code, name: ''}
  ]));
  const base = WEBAPPS + '/tasklist/' + ENGINE + '/#/';
  if (own) {
    return base + '?filter=' + encodeURIComponent(own);
  }
  return base + '?' + (all ? 'filter=' + encodeURIComponent(all) + '&' : '') + 'searchQuery=' + search;
}
