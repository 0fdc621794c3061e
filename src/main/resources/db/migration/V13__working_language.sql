-- The language an operation's staff work in (ISO 639-1): its tasks, forms, filters and e-mails.
-- Operations registered before it existed worked in English.
alter table operation add column working_language varchar(5) default 'en' not null;
