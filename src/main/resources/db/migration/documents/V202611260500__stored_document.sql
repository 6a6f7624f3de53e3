-- Files kept by the document store (documents module). The bytes live under MOTCUA_DATA_DIR/documents/<relative_path>;
-- several rows may share one content-addressed file (same bytes stored twice), each row is one act of storing.
create table stored_document (
    id            uuid        primary key,
    agency_code   varchar(5)  not null,
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null check (size_bytes > 0),
    sha256        char(64)    not null,
    relative_path text        not null,
    stored_at     timestamptz not null,
    stored_by     text        not null
);

create index stored_document_agency_idx on stored_document (agency_code, stored_at desc);
create index stored_document_sha256_idx on stored_document (sha256);
