package com.fleetcommerce.warehouse.reservation.application;

import java.sql.Savepoint;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a step of the current transaction behind a JDBC savepoint: undone (its rows and its row locks) when it answers
 * false or throws, kept when it answers true. The JPA transaction manager refuses nested transactions, and only plain
 * JDBC runs inside these steps, so the savepoint is taken on the transaction's connection directly.
 */
@Component
class Savepoints {

    private final JdbcTemplate jdbc;

    Savepoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean keepIf(BooleanSupplier step) {
        Savepoint savepoint = jdbc.execute((ConnectionCallback<Savepoint>) connection -> connection.setSavepoint());
        boolean keep;
        try {
            keep = step.getAsBoolean();
        } catch (RuntimeException failure) {
            rollbackTo(savepoint);
            throw failure;
        }
        if (keep) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                connection.releaseSavepoint(savepoint);
                return null;
            });
        } else {
            rollbackTo(savepoint);
        }
        return keep;
    }

    private void rollbackTo(Savepoint savepoint) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.rollback(savepoint);
            return null;
        });
    }
}
