# Gateway image: built from source, runs the jar on a JRE. Configure it only through environment
# variables (see README, "Configuration"); with SPRING_DATASOURCE_URL set no embedded database starts.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY openapi openapi
RUN ./mvnw -B -q -DskipTests package && cp target/crosswalk-*.jar /crosswalk.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 crosswalk
USER crosswalk
WORKDIR /app
COPY --from=build /crosswalk.jar /app/crosswalk.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/crosswalk.jar"]
