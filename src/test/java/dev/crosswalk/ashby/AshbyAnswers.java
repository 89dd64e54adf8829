package dev.crosswalk.ashby;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The client's reading of a successful answer, for benchmarks outside this package. */
public final class AshbyAnswers {

    private final AshbyAnswer.Readers readers;

    public AshbyAnswers(JsonMapper json) {
        this.readers = new AshbyAnswer.Readers(json, new DecodeDrift(new SimpleMeterRegistry()));
    }

    /** The records of a success envelope's {@code results}, as the client decodes them. */
    public <T> List<Received<T>> results(byte[] body, Class<T> type) {
        AshbyAnswer<T> answer = AshbyAnswer.read(readers, "candidate.list", body, type);
        if (answer == null) {
            throw new IllegalArgumentException("not a success envelope");
        }
        return answer.results();
    }
}
