# Gateway image: built from source, runs the jar on a JRE. Configure it only through environment
# variables (see docs/configuration.md); with SPRING_DATASOURCE_URL set no embedded database starts.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY openapi openapi
RUN ./mvnw -B -q -DskipTests package && cp target/crosswalk-*.jar /crosswalk.jar

# The jar is extracted and a training run (scripts/aot-cache.sh: throw-away embedded PostgreSQL, exits
# once the context is refreshed) records an AppCDS archive; with Spring's ahead-of-time processed
# configuration (-Dspring.aot.enabled=true) that brings the start-up to about 40% of java -jar's (docs/operations.md,
# "Faster start-up": such a start refuses the sandbox, the demo profile and a disabled rate limit; override the
# entrypoint with plain java -jar for those). On a Java 25
# runtime image the same script records an AOT cache instead (-XX:AOTCache=).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 crosswalk && mkdir /app && chown crosswalk /app
USER crosswalk
WORKDIR /app
COPY --from=build /crosswalk.jar /tmp/crosswalk.jar
COPY scripts/aot-cache.sh /tmp/aot-cache.sh
RUN bash /tmp/aot-cache.sh /tmp/crosswalk.jar /app && rm /app/training.log
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/app.jsa", "-Dspring.aot.enabled=true", "-jar", "/app/crosswalk.jar"]
