-- An accelerated withdrawal: the day the host withdrew its consent and its letter (the hard deadline is
-- the transition's withdrawal deadline), and per site the security assessment and what was left.
alter table transition add column consent_withdrawn_on date;
alter table transition add column consent_letter_link varchar(2000);

alter table site_handover add column security_risk_level varchar(16);
alter table site_handover add column security_summary varchar(2000);
alter table site_handover add column security_assessed_by varchar(255);
alter table site_handover add column closure_note varchar(2000);

-- The task that comes with an escalation: when the process cancels it (the drawdown ended, the
-- mandate was terminated), its escalation closes as cancelled instead of staying open for ever.
alter table escalation add column task_id varchar(64);
