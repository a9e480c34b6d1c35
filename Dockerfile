# syntax=docker/dockerfile:1
# One image recipe for every service and worker:
#   docker build --build-arg MODULE=warehouse-service -t fleetcommerce/warehouse-service .
#   docker build --build-arg MODULE=workers/warehouse-worker -t fleetcommerce/warehouse-worker .
FROM eclipse-temurin:25-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$MODULE" || (echo "build with --build-arg MODULE=<module folder>" && exit 1); \
    ./mvnw -B -q -DskipTests -pl "$MODULE" -am package \
 && jar="$(find "$MODULE/target" -maxdepth 1 -name '*-exec.jar' | head -1)" \
 && mkdir -p /out && java -Djarmode=tools -jar "$jar" extract --layers --launcher --destination /out

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
WORKDIR /app
COPY --from=build /out/dependencies/ ./
COPY --from=build /out/spring-boot-loader/ ./
COPY --from=build /out/snapshot-dependencies/ ./
COPY --from=build /out/application/ ./
USER 10001:10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=6 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
