-- The warehouses a staff member may act on (a replica of user-service's, pushed with roles and permissions); empty
-- when the member is not limited to some. Issued as the access token's `warehouses` claim.
alter table account add column warehouses uuid[] not null default '{}';
