package cn.gov.egov.media.job;

import java.util.List;

import cn.gov.egov.media.transcode.MasterPlaylist;

/** The objects a succeeded job wrote, as stored with it and shown to the portal. */
public record Outputs(String master, String poster, String thumbnails, String thumbnailIndex,
                      List<Variant> renditions, int objects) {

    /** One rendition: name, picture size (0 for audio only), measured bandwidths in bits/s. */
    public record Variant(String name, int width, int height, long peakBandwidth, long averageBandwidth,
                          String codecs) {
    }

    static Outputs of(MediaPipeline.Outcome o) {
        return new Outputs(o.masterKey(), o.posterKey(), o.thumbnailsKey(), o.thumbnailIndexKey(),
                o.variants().stream().map(Outputs::variant).toList(), o.keys().size());
    }

    private static Variant variant(MasterPlaylist.Variant v) {
        return new Variant(v.rendition().name(), v.rendition().width(), v.rendition().height(), v.peakBandwidth(),
                v.averageBandwidth(), v.codecs());
    }
}
