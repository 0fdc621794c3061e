-- The row a portfolio import locks for its whole transaction: two imports at the same moment run one
-- after the other, and the second finds the operation codes of the first (409, nothing stored).
create table import_lock (
    name varchar(40) not null primary key
);
insert into import_lock (name) values ('portfolio');

-- A benchmark review brought forward through the API and not yet opened by the lifecycle: while it
-- is there (or a review is open), bringing the review forward again is a conflict.
create table review_request (
    operation_code varchar(20)  not null primary key references operation (code),
    requested_by   varchar(255),
    requested_at   timestamp    not null
);
