package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose cannot run here, so this keeps it honest on paper: every fleet member the launcher starts is in
 * docker-compose.yml with the same port and database, built from the shared Dockerfile, and the PostgreSQL init
 * script creates every database.
 */
class DeploymentConsistencyTest {

    private final Path root = Path.of(System.getProperty("fleet.root", "..")).toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void composeListsEveryMemberWithTheLaunchersPortAndDatabase() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "redis", "kafka", "consul");

        List<FleetMember> members = Fleet.readMembers(root);
        assertThat(members).isNotEmpty();
        for (FleetMember member : members) {
            Map<String, Object> service = services.get(member.name());
            assertThat(service).as(member.name() + " in docker-compose.yml").isNotNull();
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(String.valueOf(env.get("SERVER_PORT"))).as(member.name() + " port")
                    .isEqualTo(String.valueOf(member.port()));
            assertThat((List<String>) service.get("ports")).as(member.name() + " published port")
                    .contains(member.port() + ":" + member.port());
            if (!"-".equals(member.database())) {
                assertThat(String.valueOf(env.get("SPRING_DATASOURCE_URL")))
                        .isEqualTo("jdbc:postgresql://postgres:5432/" + member.database());
            }
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(build.get("dockerfile")).isEqualTo("Dockerfile");
            assertThat(((Map<String, Object>) build.get("args")).get("MODULE")).isEqualTo(member.module());
            assertThat(service.get("healthcheck")).as(member.name() + " health check").isNotNull();
        }
    }

    @Test
    void postgresInitCreatesEveryDatabaseInTheFleetList() throws IOException {
        String init = Files.readString(root.resolve("deploy/docker/postgres-init.sql"));
        for (String line : Files.readAllLines(root.resolve("deploy/services.conf"))) {
            String[] fields = line.strip().split("\\s+");
            if (line.isBlank() || line.startsWith("#") || "-".equals(fields[2])) {
                continue;
            }
            assertThat(init).as("database " + fields[2]).contains("CREATE DATABASE " + fields[2] + ";");
        }
    }

    @Test
    void theDockerfileRunsAsANonRootUserOnAJre25() throws IOException {
        String dockerfile = Files.readString(root.resolve("Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre").containsPattern("(?m)^USER 10001");
    }

    /**
     * A worker shares its service's database. Each shared library with Flyway migrations (0.0.x) that the worker
     * brings must be on the service's classpath too: otherwise whichever starts second refuses the database
     * ("applied migration not resolved locally").
     */
    @Test
    void everySharedLibraryOfAWorkerIsAlsoOnItsServicesClasspath() throws IOException {
        Pattern sharedLib = Pattern.compile("<artifactId>(shared-[a-z-]+)</artifactId></dependency>");
        List<FleetMember> members = Fleet.readMembers(root);
        for (FleetMember worker : members.stream().filter(m -> m.module().startsWith("workers/")).toList()) {
            Path workerPom = root.resolve(worker.module()).resolve("pom.xml");
            if (!Files.exists(workerPom)) {
                continue;
            }
            FleetMember service = members.stream()
                    .filter(m -> !m.module().startsWith("workers/") && m.database().equals(worker.database()))
                    .findFirst().orElseThrow(() -> new AssertionError("no service owns " + worker.database()));
            String servicePom = Files.readString(root.resolve(service.module()).resolve("pom.xml"));
            Matcher libs = sharedLib.matcher(Files.readString(workerPom));
            while (libs.find()) {
                if (libs.group(1).equals("shared-test-support") || libs.group(1).equals("shared-architecture")) {
                    continue;
                }
                assertThat(servicePom).as("%s uses %s, so %s must too", worker.name(), libs.group(1), service.name())
                        .contains("<artifactId>" + libs.group(1) + "</artifactId>");
            }
        }
    }
}
