package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FleetExtension.class)
class LauncherIT {

    @Test
    void runningUpASecondTimeStartsNothingNew(Fleet fleet) throws IOException {
        Map<String, String> before = pids(fleet);
        assertThat(before).containsKeys(fleet.members().stream().map(FleetMember::name).toArray(String[]::new));

        assertThat(fleet.runLauncher("up")).isZero();

        assertThat(pids(fleet)).isEqualTo(before);
        for (FleetMember member : fleet.members()) {
            assertThat(Fleet.isReady(member)).as(member.name() + " still ready").isTrue();
        }
        assertThat(fleet.runLauncher("status")).isZero();
    }

    private static Map<String, String> pids(Fleet fleet) throws IOException {
        Map<String, String> pids = new LinkedHashMap<>();
        Path dir = fleet.root().resolve(".platform/pids");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    pids.put(file.getFileName().toString().replace(".pid", ""), Files.readString(file).strip());
                }
            }
        }
        return pids;
    }
}
