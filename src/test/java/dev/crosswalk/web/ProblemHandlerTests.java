package dev.crosswalk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** Failures that are nobody's fault on our side stay quiet. */
@ExtendWith(OutputCaptureExtension.class)
class ProblemHandlerTests {

    @RestController
    static class Disconnecting {
        @GetMapping("/gone")
        String gone() throws AsyncRequestNotUsableException {
            throw new AsyncRequestNotUsableException(
                    "ServletOutputStream failed to write", new IOException("Broken pipe"));
        }
    }

    @Test
    void aClientThatWentAwayIsNeitherAnsweredNorLoggedAsAnError(CapturedOutput output) throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Disconnecting())
                .setControllerAdvice(new ProblemHandler())
                .build();

        MockHttpServletResponse response = mvc.perform(get("/gone")).andReturn().getResponse();

        assertThat(response.getContentAsString()).isEmpty();
        assertThat(output).doesNotContain("Unexpected error").doesNotContain("ERROR");
    }
}
