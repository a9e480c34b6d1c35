-- Categories form a tree stored as a materialised path: path = '/<root id>/.../<own id>/'.
-- A subtree is "path LIKE '<path>%'" (prefix search on a text_pattern_ops index); moving a subtree rewrites the
-- prefix of every row under it in one UPDATE. Ids, not slugs, make up the path so a rename touches one row.
CREATE TABLE category (
    id          uuid PRIMARY KEY,
    parent_id   uuid REFERENCES category (id),
    name        varchar(120) NOT NULL,
    slug        varchar(120) NOT NULL CONSTRAINT category_slug_key UNIQUE,
    path        text         NOT NULL,
    depth       int          NOT NULL CHECK (depth BETWEEN 1 AND 6),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CHECK (path LIKE '/%/' AND right(path, 38) = '/' || id::text || '/')
);
CREATE UNIQUE INDEX category_path_key ON category (path text_pattern_ops);
CREATE INDEX category_parent_idx ON category (parent_id);

CREATE TABLE brand (
    id          uuid PRIMARY KEY,
    name        varchar(120) NOT NULL,
    slug        varchar(120) NOT NULL CONSTRAINT brand_slug_key UNIQUE,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
