CREATE TABLE warehouse (
    id           uuid PRIMARY KEY,
    code         varchar(32)  NOT NULL,
    name         varchar(120) NOT NULL,
    line1        varchar(200) NOT NULL,
    line2        varchar(200),
    ward         varchar(100),
    district     varchar(100),
    province     varchar(100),
    country_code varchar(2)   NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    postal_code  varchar(20),
    latitude     double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    priority     integer      NOT NULL CHECK (priority >= 0),
    active       boolean      NOT NULL,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT warehouse_code_unique UNIQUE (code)
);

CREATE INDEX warehouse_active_priority ON warehouse (active, priority, code);
