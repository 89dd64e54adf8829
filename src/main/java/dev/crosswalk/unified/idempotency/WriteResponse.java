package dev.crosswalk.unified.idempotency;

/**
 * A write's answer as sent to the client: status, optional {@code Location} and the JSON body bytes.
 * Stored as is under an Idempotency-Key, so a replay is byte-identical to the first answer.
 */
public record WriteResponse(int status, String location, byte[] body) {

    @Override
    public String toString() {
        return "WriteResponse[status=" + status + ", location=" + location + ", bytes=" + body.length + "]";
    }
}
