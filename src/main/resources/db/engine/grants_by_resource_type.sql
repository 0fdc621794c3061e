-- The engine's grants, by the type of resource they are on. Every query the engine checks for the
-- caller (a task list, a filter's count, process instances) joins its rows to the caller's grants on
-- those rows' types: for a task list, the grants to the caller or their groups on tasks and on process
-- definitions. Camunda's own indexes find "grants to this user" and "grants to this group"; for a group
-- with a grant on every operation's tenant (headquarters), PostgreSQL read the whole table instead
-- (4,480 grants at 1,000 operations, to keep 157). With this index it reads the grants on tasks and
-- definitions only, not those on tenants, which grow with the operations. The table is Camunda's, the
-- index the project's (docs/performance.md, "The task list of headquarters").
create index act_ru_authorization_resource_type on act_ru_authorization (resource_type_);
