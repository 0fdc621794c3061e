// Admin's authorizations list a Tasklist filter by its id only (a UUID), so an administrator cannot
// tell "Operation MONUSCO" from "My tasks". Next to each filter id this writes the filter's name,
// read once per visit from the administrator's filter list, and by id for the filters that list
// leaves out (one per operation: camunda.AdministratorsFilterList). The id stays: the edit form
// still takes it.

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILTERS = 5; // the engine's resource type number of a filter
let names = null;

function engine() {
  const match = window.location.pathname.match(/\/app\/[a-z]+\/([^/]+)\//);
  return match ? match[1] : 'default';
}

function onFilterAuthorizations() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '').get('resource') === String(FILTERS);
}

async function filterNames() {
  if (!names) {
    names = fetch(`${appRoot}/api/engine/engine/${engine()}/filter`, {headers: {Accept: 'application/json'}})
      .then(answer => (answer.ok ? answer.json() : []))
      .then(filters => new Map(filters.map(filter => [filter.id, filter.name])))
      .catch(() => new Map());
  }
  return names;
}

async function filterName(id) {
  try {
    const answer = await fetch(`${appRoot}/api/engine/engine/${engine()}/filter/${id}`, {
      headers: {Accept: 'application/json'}
    });
    return answer.ok ? (await answer.json()).name : null;
  } catch (e) {
    return null;
  }
}

async function name() {
  if (!onFilterAuthorizations()) {
    return;
  }
  const cells = [...document.querySelectorAll('td.resource-id')].filter(cell => {
    const text = cell.childNodes[0] ? cell.childNodes[0].textContent.trim() : '';
    return ID.test(text) && !cell.querySelector('.transition-filter-name');
  });
  if (!cells.length) {
    return;
  }
  const known = await filterNames();
  // the filters the list left out, read side by side (a page may show many operations' filters)
  const missing = [...new Set(cells.map(cell => cell.childNodes[0].textContent.trim()))].filter(id => !known.has(id));
  await Promise.all(missing.map(async id => known.set(id, await filterName(id))));
  for (const cell of cells) {
    const filter = known.get(cell.childNodes[0].textContent.trim());
    if (filter && !cell.querySelector('.transition-filter-name')) {
      const label = document.createElement('div');
      label.className = 'transition-filter-name';
      label.textContent = filter;
      label.style.fontWeight = 'bold';
      cell.appendChild(label);
    }
  }
}

// a filter created or renamed since is found on the next visit
window.addEventListener('hashchange', () => {
  names = null;
});
new MutationObserver(() => name()).observe(document.documentElement, {childList: true, subtree: true});
name();

export default [];
