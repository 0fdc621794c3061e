// Plain words for the codes the report carries: the JSON and CSV keep the codes, people read words.
// The same words and colours as Cockpit's "Transitions" dashboard.

const STATUSES = {
  IN_TRANSITION: 'In transition',
  TRANSITIONED: 'Transitioned',
  ACHIEVED: 'Achieved',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  NO_DATA: 'No data'
};

const STAGES = {
  ASSESSMENT: 'Assessment',
  PLANNING: 'Planning',
  DRAWDOWN: 'Drawdown',
  CLOSURE: 'Closure',
  POST_TRANSITION: 'After the withdrawal (24 months)',
  COMPLETED: 'Completed'
};

const REFERRALS = {
  PBC: 'the Peacebuilding Commission',
  COUNCIL: 'the Security Council'
};

/** Benchmark statuses, worst first: the order of the charts' stacks and legends. */
export const BENCHMARK_STATUSES = ['OFF_TRACK', 'AT_RISK', 'NO_DATA', 'ON_TRACK', 'ACHIEVED'];

/** Green when met, amber at risk, red off track, grey without data. */
export const STATUS_COLOURS = {
  ACHIEVED: '#1b7a3d',
  ON_TRACK: '#5aa469',
  AT_RISK: '#e0a100',
  OFF_TRACK: '#c0392b',
  NO_DATA: '#9aa5b1'
};

/** A code nobody put in words yet still reads as words: SOME_CODE becomes "Some code". */
function plain(code) {
  if (!code) {
    return '';
  }
  const text = String(code).toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const status = code => STATUSES[code] || plain(code);
export const stage = code => STAGES[code] || plain(code);

/** 2024-06-30 as "30 Jun 2024". */
export function day(iso) {
  if (!iso) {
    return '';
  }
  return new Date(iso + 'T00:00:00Z').toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC'
  });
}

/** A forecast in words: "Met on 1 Mar 2024", "By 27 Sep 2024", or why there is no date. */
export function forecast(value) {
  if (!value) {
    return '';
  }
  if (!value.date) {
    const reason = value.reason || '';
    return reason.charAt(0).toUpperCase() + reason.slice(1);
  }
  return (value.met ? 'Met on ' : 'By ') + day(value.date);
}

/**
 * The human rights screenings (HRDDP) of the units that received a site or a rule-of-law function,
 * counted by decision; each withheld handover named with what followed.
 */
export function hrddp(screenings) {
  if (!screenings || !screenings.length) {
    return 'None on record';
  }
  const count = decision => screenings.filter(s => s.decision === decision).length;
  const withheld = screenings.filter(s => s.decision === 'WITHHOLD').map(s => 'withheld: '
    + (s.site ? 'site ' + s.site : 'a rule-of-law function') + ' to ' + s.receivingUnit
    + (s.insteadOfWithheld === 'CLOSE_WITHOUT_HANDOVER' ? ', closed without that handover'
      : s.insteadOfWithheld ? ', another unit to be screened' : ', not yet decided instead'));
  return [count('SUPPORT') + ' supported', count('SUPPORT_WITH_CONDITIONS') + ' with conditions',
    count('WITHHOLD') + ' withheld'].join(', ') + (withheld.length ? '; ' + withheld.join('; ') : '');
}

/** The latest check for relapse after the withdrawal, in a sentence. */
export function relapse(check) {
  if (!check) {
    return 'No check yet';
  }
  const when = day(check.checkedOn) + ' (quarter ' + check.quarter + '): ';
  if (!check.relapseRisk) {
    return when + 'no sign of relapse';
  }
  return when + 'risk of relapse'
    + (check.referral ? ', referred to ' + (REFERRALS[check.referral] || plain(check.referral)) : ', not yet referred');
}
