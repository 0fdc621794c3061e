// Plain words for the codes the dashboard API carries: people read "In transition", not IN_TRANSITION.
// The status report's page (static/reports/report-words.js) takes its words and colours from here too.

const STAGES = {
  ASSESSMENT: 'Assessment',
  PLANNING: 'Planning',
  DRAWDOWN: 'Drawdown',
  CLOSURE: 'Closure',
  POST_TRANSITION: 'After the withdrawal (24 months)',
  COMPLETED: 'Completed'
};

const STATUSES = {
  IN_TRANSITION: 'In transition',
  TRANSITIONED: 'Transitioned',
  ACHIEVED: 'Achieved',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  NO_DATA: 'No data'
};

const KINDS = {
  FINANCIAL_CLIFF: 'Financial cliff',
  MEASUREMENTS_OVERDUE: 'Measurements overdue',
  PBC_ADVICE_LATE: "Peacebuilding Commission's advice late",
  PHASE_PAUSED: 'Phase paused',
  PHASE_OVERRUN: 'Phase overrunning its end',
  SITE_OVERDUE: 'Site past its planned closure',
  REASSESSMENT_REQUESTED: 'Reassessment requested',
  RELAPSE_RISK: 'Risk of relapse'
};

const PHASES = {
  PLANNED: 'Planned',
  ONGOING: 'Under way',
  ON_HOLD: 'On hold',
  PAUSED: 'Paused',
  COMPLETED: 'Completed'
};

/** Status colours: green when met, amber at risk, red off track, grey without data. */
export const STATUS_COLOURS = {
  ACHIEVED: '#1b7a3d',
  ON_TRACK: '#5aa469',
  AT_RISK: '#e0a100',
  OFF_TRACK: '#c0392b',
  NO_DATA: '#9aa5b1'
};

export const STATUS_ORDER = ['OFF_TRACK', 'AT_RISK', 'NO_DATA', 'ON_TRACK', 'ACHIEVED'];

/** A code nobody put in words yet still reads as words: SOME_CODE becomes "Some code". */
export function plain(code) {
  if (!code) {
    return '';
  }
  const text = String(code).toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const stage = code => STAGES[code] || plain(code);
export const status = code => STATUSES[code] || plain(code);
export const kind = code => KINDS[code] || plain(code);
export const phase = code => PHASES[code] || plain(code);

/** A value kept as text, in words: true as "Yes", a date as "30 Jun 2024". */
export function value(text) {
  if (text === 'true') {
    return 'Yes';
  }
  if (text === 'false') {
    return 'No';
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(text || '') ? day(text) : text;
}

/** 2024-06-30 as "30 Jun 2024". */
export function day(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso + 'T00:00:00Z');
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC'
  });
}
