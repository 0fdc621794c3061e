// The operation's drawdown (sites closed over time against plan, phase by phase), its open
// escalations by kind and age, and its overdue tasks by group.

import {draw, element, link} from './charts.js';
import {tasklistTask} from './links.js';
import * as words from './words.js';

const AGES = [
  {label: 'Under 2 weeks', upTo: 13},
  {label: '2 to 6 weeks', upTo: 41},
  {label: '6 weeks to 3 months', upTo: 90},
  {label: 'Over 3 months', upTo: Infinity}
];

export async function renderDrawdown(section, operation) {
  section.appendChild(element('h4', null, 'Drawdown: sites closed against plan'));
  const phases = operation.drawdown.filter(p => p.sites.length);
  if (!phases.length) {
    section.appendChild(element('p', null, 'No sites are on record for this operation.'));
    return [];
  }
  const series = [];
  phases.forEach((phase, index) => {
    const colour = `hsl(${(index * 67) % 360}, 55%, 42%)`;
    const name = `Phase ${phase.seq}`;
    const start = phase.startedOn || phase.plannedStart;
    series.push(cumulative(`${name} closed`, start, phase.sites.map(s => s.closedOn), colour, 'solid'));
    series.push(cumulative(`${name} planned`, phase.plannedStart, phase.sites.map(s => s.plannedClosure), colour, 'dashed'));
  });
  const chart = await draw(
    section,
    300,
    {
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0, type: 'scroll'},
      grid: {left: 45, right: 20, top: 15, bottom: 60},
      xAxis: {type: 'time', axisLabel: {formatter: '{MMM} {yyyy}', hideOverlap: true}},
      yAxis: {type: 'value', minInterval: 1, name: 'sites'},
      series
    },
    'Sites closed over time against plan, phase by phase'
  );
  const table = element('table', 'table transitions-table');
  const head = table.createTHead().insertRow();
  ['Phase', 'Status', 'Planned', 'Sites closed'].forEach(t => head.appendChild(element('th', null, t)));
  for (const phase of operation.drawdown) {
    const row = table.insertRow();
    row.insertCell().textContent = `${phase.seq}. ${phase.name}`;
    row.insertCell().textContent = words.phase(phase.status);
    row.insertCell().textContent =
      phase.plannedStart || phase.plannedEnd
        ? `${words.day(phase.plannedStart) || '?'} to ${words.day(phase.revisedEnd || phase.plannedEnd) || '?'}`
        : 'Not yet planned';
    const closed = phase.sites.filter(s => s.closedOn).length;
    row.insertCell().textContent = phase.sites.length ? `${closed} of ${phase.sites.length}` : 'No sites';
  }
  section.appendChild(table);
  return [chart];
}

/**
 * A step line of how many of the dates had come by each date, one point a day, from none at the
 * phase's start (sites without a date are left out).
 */
function cumulative(name, start, dates, colour, type) {
  const counts = new Map();
  const known = dates.filter(Boolean);
  if (start && known.length && known.every(date => date > start)) {
    counts.set(start, 0); // none closed when the phase began
  }
  dates.filter(Boolean).sort().forEach((date, index) => counts.set(date, index + 1));
  return {
    name,
    type: 'line',
    step: 'end',
    symbolSize: 5,
    color: colour,
    lineStyle: {type},
    data: [...counts.entries()]
  };
}

export async function renderEscalations(section, operation) {
  section.appendChild(element('h4', null, 'Open escalations by kind and age'));
  if (!operation.escalations.length) {
    section.appendChild(element('p', null, 'No escalation is open.'));
    return [];
  }
  const kinds = [...new Set(operation.escalations.map(e => e.kind))];
  const chart = await draw(
    section,
    80 + 36 * kinds.length,
    {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {bottom: 0},
      grid: {left: 220, right: 20, top: 10, bottom: 45},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: kinds.map(words.kind), inverse: true},
      series: AGES.map((age, index) => ({
        name: age.label,
        type: 'bar',
        stack: 'age',
        color: ['#f6c344', '#f39c12', '#d35400', '#922b21'][index],
        data: kinds.map(
          kind =>
            operation.escalations.filter(e => e.kind === kind && bucket(e.ageDays) === age).length
        )
      }))
    },
    'Open escalations by kind and age'
  );
  const list = element('ul', 'transitions-list');
  for (const escalation of operation.escalations) {
    const reason = (escalation.reason || '').replace(/\.?$/, '.');
    const age = escalation.ageDays === 0 ? 'Opened today' : `Open for ${escalation.ageDays} days`;
    const due = escalation.dueOn ? `, due ${words.day(escalation.dueOn)}` : '';
    const groups = escalation.groups.length ? ` With ${escalation.groups.join(' and ')}.` : '';
    list.appendChild(element('li', null, `${words.kind(escalation.kind)}: ${reason} ${age}${due}.${groups}`));
  }
  section.appendChild(list);
  return [chart];
}

function bucket(days) {
  return AGES.find(age => days <= age.upTo);
}

export async function renderOverdueTasks(section, operation) {
  section.appendChild(element('h4', null, 'Overdue tasks by group'));
  if (!operation.overdueTasks.length) {
    section.appendChild(element('p', null, 'No task is past its due date.'));
    return [];
  }
  const groups = operation.overdueTasks;
  const chart = await draw(
    section,
    60 + 32 * groups.length,
    {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      grid: {left: 260, right: 20, top: 10, bottom: 25},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: groups.map(g => g.groupName), inverse: true},
      series: [{name: 'Overdue tasks', type: 'bar', color: '#c0392b', data: groups.map(g => g.count)}]
    },
    'Overdue tasks by group'
  );
  for (const group of groups) {
    section.appendChild(element('div', 'transitions-group', `${group.groupName} (${group.count})`));
    const list = element('ul', 'transitions-list');
    for (const task of group.tasks) {
      const item = element('li');
      item.appendChild(link(tasklistTask(task.id), task.name));
      item.appendChild(document.createTextNode(`, due ${words.day(task.dueOn)}`));
      list.appendChild(item);
    }
    section.appendChild(list);
  }
  return [chart];
}
