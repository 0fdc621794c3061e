// The "Transition dashboard" tab of a process instance: the dashboard of the instance's operation
// (its business key is the operation code, in every process of a transition).

import {renderBenchmarks} from './benchmarks.js';
import {element, link} from './charts.js';
import {cockpitInstance, read, reportPage, tasklist} from './links.js';
import {renderDrawdown, renderEscalations, renderOverdueTasks} from './work.js';
import * as words from './words.js';

export async function renderOperation(node, api, processInstanceId) {
  const panel = element('div', 'transitions-panel transitions-operation');
  node.appendChild(panel);
  const charts = [];
  try {
    const code = await businessKey(api, processInstanceId);
    if (!code) {
      panel.appendChild(element('p', null, 'This process belongs to no operation.'));
      return charts;
    }
    const operation = await read(`/dashboard/operations/${encodeURIComponent(code)}`);
    panel.appendChild(header(operation, processInstanceId));
    for (const render of [renderBenchmarks, renderDrawdown, renderEscalations, renderOverdueTasks]) {
      const section = element('section', 'transitions-section');
      panel.appendChild(section);
      charts.push(...(await render(section, operation)));
    }
  } catch (error) {
    panel.appendChild(element('p', 'transitions-error', error.message));
  }
  return charts;
}

async function businessKey(api, processInstanceId) {
  const response = await fetch(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    throw new Error('The process instance could not be read. Reload the page to try again.');
  }
  return (await response.json()).businessKey;
}

function header(operation, processInstanceId) {
  const head = element('div', 'transitions-head');
  head.appendChild(element('h3', null, `${operation.code}: ${operation.name}`));
  const facts = [words.status(operation.status), words.stage(operation.stage)].filter(Boolean);
  if (operation.startedOn) {
    facts.push(`since ${words.day(operation.startedOn)}`);
  }
  head.appendChild(element('span', 'transitions-as-of', `${facts.join(' · ')} · as of ${words.day(operation.asOf)}`));
  const links = element('span', 'transitions-links');
  if (operation.lifecycle && operation.lifecycle.processInstanceId !== processInstanceId) {
    links.appendChild(link(cockpitInstance(operation.lifecycle.processInstanceId), 'Lifecycle in Cockpit'));
    links.appendChild(document.createTextNode(' · '));
  }
  links.appendChild(link(tasklist(), 'Tasks in Tasklist'));
  links.appendChild(document.createTextNode(' · '));
  links.appendChild(link(reportPage(), 'Transition status report'));
  head.appendChild(links);
  return head;
}
