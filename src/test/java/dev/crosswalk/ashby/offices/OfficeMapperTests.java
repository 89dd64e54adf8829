package dev.crosswalk.ashby.offices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.offices.Office;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The office mapping, fed with the spec's location.info example (no recorded location exists). */
class OfficeMapperTests {

    final JsonMapper json = JsonMapper.builder().build();
    final OfficeMapper mapper = new OfficeMapperImpl();

    @Test
    void mapsTheSpecExample() {
        JsonNode example = AshbySpec.load().exampleResponse("location.info").path("results");

        Office office = mapper.toOffice(json.treeToValue(example, AshbyLocation.class), example);

        assertThat(office.id()).isEqualTo(example.path("id").asString());
        assertThat(office.name()).isEqualTo("Bay Area Office");
        assertThat(office.location())
                .isEqualTo("49 Geary St Suite 411, San Francisco, California 94108, United States");
        assertThat(office.address())
                .isEqualTo(new Office.Address(
                        "49 Geary St Suite 411", "San Francisco", "California", "94108", "United States"));
        assertThat(office.isRemote()).isFalse();
        assertThat(office.parent())
                .isEqualTo(new Reference(example.path("parentLocationId").asString()));
        assertThat(office.remoteData()).isSameAs(example);
    }

    @Test
    void aRemoteLocationWithoutAddress() {
        JsonNode remote = json.readTree(
                "{\"id\": \"l-1\", \"name\": \"Remote (EU)\", \"workplaceType\": \"Remote\", \"isRemote\": false}");
        JsonNode older = json.readTree("""
                {"id": "l-2", "name": "Anywhere", "isRemote": true,
                 "address": {"postalAddress": {"addressCountry": "Spain"}}}""");

        Office office = mapper.toOffice(json.treeToValue(remote, AshbyLocation.class), null);
        Office flagged = mapper.toOffice(json.treeToValue(older, AshbyLocation.class), null);

        assertThat(office.isRemote()).as("the workplace type decides").isTrue();
        assertThat(office.address()).isNull();
        assertThat(office.location()).isNull();
        assertThat(office.parent()).isNull();
        assertThat(flagged.isRemote())
                .as("without a workplace type, the flag counts")
                .isTrue();
        assertThat(flagged.location()).isEqualTo("Spain");
    }
}
