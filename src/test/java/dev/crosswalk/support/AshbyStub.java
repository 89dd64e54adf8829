package dev.crosswalk.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * The one way tests stand in for Ashby with WireMock: a stub on a free port for a test class, with
 * every stub and recorded request reset before each test. In a test class:
 * {@code @RegisterExtension static final WireMockExtension ashby = AshbyStub.create();}
 */
public final class AshbyStub {

    private AshbyStub() {}

    public static WireMockExtension create() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort())
                .build();
    }
}
