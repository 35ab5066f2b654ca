package org.tocsin.web.console;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The map's outlines, decoded on the server from world-atlas's TopoJSON. */
class WorldOutlinesTest {

    static final WorldOutlines OUTLINES = new WorldOutlines();

    @Test
    void rwandaIsDecodedWhereItIs() {
        var rwanda = OUTLINES.country("RW").orElseThrow();
        assertThat(rwanda.name()).isEqualTo("Rwanda");
        var box = rwanda.mainBounds();
        assertThat(box.south()).isCloseTo(-2.84, within(0.05));
        assertThat(box.north()).isCloseTo(-1.05, within(0.05));
        assertThat(box.west()).isCloseTo(28.86, within(0.05));
        assertThat(box.east()).isCloseTo(30.90, within(0.05));
        double[] ring = rwanda.polygons().getFirst().rings().getFirst();
        assertThat(ring.length / 2).isGreaterThan(50);
    }

    @Test
    void aCountryIsFramedByItsMainBodyNotItsFarTerritories() {
        var france = OUTLINES.country("FR").orElseThrow().mainBounds();
        assertThat(france.west()).as("French Guiana left out").isGreaterThan(-10);
        assertThat(OUTLINES.country("XX")).isEmpty();
        assertThat(OUTLINES.countries()).hasSizeGreaterThan(200);
    }

    @Test
    void theMapDrawsTheCountryItsNeighboursAndItsSignalsAndCountsWhatItCannotShow() {
        List<SignalMap.Located> signals = List.of(
                new SignalMap.Located(UUID.randomUUID(), "kigali", -1.95, 30.06, "family-genocide", 500, "Kigali"),
                new SignalMap.Located(UUID.randomUUID(), "new-york", 40.75, -73.97, "family-none", null, "New York"),
                new SignalMap.Located(UUID.randomUUID(), "nowhere", null, null, "family-none", null, null));
        SignalMap map = SignalMap.of(OUTLINES, "RW", signals);
        assertThat(map.outline()).isTrue();
        assertThat(map.shapes()).filteredOn(SignalMap.Shape::focus).hasSize(1);
        assertThat(map.shapes().size()).as("Rwanda and its neighbours").isGreaterThanOrEqualTo(5);
        assertThat(map.dots()).extracting(SignalMap.Dot::title).containsExactly("kigali — Kigali");
        assertThat(Double.parseDouble(map.dots().getFirst().r())).as("sized by deaths").isGreaterThan(10);
        assertThat(map.outside()).isEqualTo(1);
        assertThat(map.unlocated()).isEqualTo(1);
        // neighbours are clipped to the view: the whole of the DR Congo is not sent for a map of Rwanda
        assertThat(map.shapes().stream().mapToInt(s -> s.d().length()).sum()).isLessThan(20_000);
    }

    @Test
    void clippingKeepsWhatIsInsideAndCutsAtTheEdge() {
        double[] square = {-10, -10, 10, -10, 10, 10, -10, 10};
        double[] clipped = SignalMap.clip(square, 0, 0, 5, 5);
        for (int i = 0; i < clipped.length; i++) assertThat(clipped[i]).isBetween(0.0, 5.0);
        assertThat(SignalMap.clip(square, 20, 20, 30, 30)).isEmpty();
    }
}
