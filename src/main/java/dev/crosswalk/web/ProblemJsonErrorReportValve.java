package dev.crosswalk.web;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last-resort error page, for requests it refuses before they reach the application (a
 * malformed URI, an encoded slash, an invalid header): problem+json like every other error, instead
 * of Tomcat's HTML page with its version.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemCode code = status >= 500
                ? ProblemCode.INTERNAL_ERROR
                : status == 404
                        ? ProblemCode.NOT_FOUND
                        : status == 413 ? ProblemCode.PAYLOAD_TOO_LARGE : ProblemCode.INVALID_REQUEST;
        String requestId = response.getHeader(RequestIdFilter.HEADER);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            response.setHeader(RequestIdFilter.HEADER, requestId);
        }
        String detail = status >= 500 ? "An unexpected error occurred" : "The request line or headers are malformed";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + code.type() + "\",\"title\":\"" + code.title() + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"" + code.code() + "\",\"request_id\":\""
                        + requestId + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more to tell it
        }
    }
}
