// Plain words for the codes the report carries: the JSON and CSV keep the codes, people read words.

// one set of words and colours for the report and Cockpit's dashboard: the dashboard's, served with Cockpit
import {STATUS_COLOURS, STATUS_ORDER, day, plain, stage, status} from '../camunda/app/cockpit/scripts/transitions/words.js';

export {STATUS_COLOURS, day, stage, status};

/** Benchmark statuses, worst first: the order of the charts' stacks and legends. */
export const BENCHMARK_STATUSES = STATUS_ORDER;

const REFERRALS = {
  PBC: 'the Peacebuilding Commission',
  COUNCIL: 'the Security Council'
};

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
      : s.insteadOfWithheld ? ', another unit chosen instead' : ', not yet decided instead'));
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
