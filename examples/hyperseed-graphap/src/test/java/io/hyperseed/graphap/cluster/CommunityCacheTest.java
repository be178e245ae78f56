package io.hyperseed.graphap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.graphap.TinyGraphs;
import io.hyperseed.graphap.data.TuDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunityCacheTest {

    @TempDir
    Path dir;

    private static TuDataset dataset() {
        return new TuDataset(
                "TINY",
                List.of(TinyGraphs.twoTriangles(0), TinyGraphs.cycle(8, 0, 1), TinyGraphs.path(5, 1, 1)),
                2,
                List.of(0, 1));
    }

    @Test
    void diskCacheReturnsWhatWasComputed() throws IOException {
        CommunityCache cache = new CommunityCache(CommunityDetector.study(), dir);
        List<Communities> first = cache.communities(dataset(), line -> {});
        List<String> messages = new ArrayList<>();
        List<Communities> second =
                new CommunityCache(CommunityDetector.study(), dir).communities(dataset(), messages::add);
        assertThat(second).isEqualTo(first);
        assertThat(messages).anyMatch(m -> m.contains("read 3 graphs"));
    }

    @Test
    void staleCacheFileIsRecomputed() throws IOException {
        CommunityCache cache = new CommunityCache(CommunityDetector.study(), dir);
        List<Communities> fresh = cache.communities(dataset(), line -> {});
        try (var files = Files.list(dir)) {
            Path file = files.findFirst().orElseThrow();
            Files.writeString(file, "0 0\n");
        }
        assertThat(cache.communities(dataset(), line -> {})).isEqualTo(fresh);
    }

    @Test
    void communitiesCoverEveryNode() throws IOException {
        List<Communities> communities =
                new CommunityCache(CommunityDetector.study(), null).communities(dataset(), line -> {});
        for (int g = 0; g < communities.size(); g++) {
            assertThat(communities.get(g).nodeCount())
                    .isEqualTo(dataset().graphs().get(g).nodeCount());
        }
    }
}
