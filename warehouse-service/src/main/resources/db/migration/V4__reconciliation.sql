-- Reconciliation repairs drifted levels and records each repair in the ledger. A RECONCILIATION row moves neither
-- on-hand nor reserved sums (it records the correction applied to the level, which the other rows already imply).
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_type_check;
ALTER TABLE stock_movement ADD CONSTRAINT stock_movement_type_check
    CHECK (type IN ('RECEIPT', 'ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'RESERVE', 'RELEASE', 'COMMIT', 'EXPIRE',
                    'RECONCILIATION'));

-- Reconciliation sums the active allocations of one level; the primary key leads with the reservation id.
CREATE INDEX reservation_allocation_level ON reservation_allocation (sku, warehouse_id);
