package cn.gov.egov.media.images;

import java.awt.image.BufferedImage;

/** Whether a picture shows something: not black, not a flat colour. Plain Java. */
final class Brightness {

    static final double MIN_MEAN_LUMA = 24;
    static final double MIN_SPREAD = 8;

    private Brightness() {
    }

    static boolean isNotBlank(BufferedImage image) {
        double[] s = stats(image);
        return s[0] >= MIN_MEAN_LUMA && s[1] >= MIN_SPREAD;
    }

    /** Higher for brighter, busier pictures. */
    static double score(BufferedImage image) {
        double[] s = stats(image);
        return s[0] + 2 * s[1];
    }

    /** Mean and standard deviation of luma (BT.601) over a grid of samples. */
    static double[] stats(BufferedImage image) {
        int stepX = Math.max(1, image.getWidth() / 64);
        int stepY = Math.max(1, image.getHeight() / 64);
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += stepY) {
            for (int x = 0; x < image.getWidth(); x += stepX) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += luma;
                squares += luma * luma;
                n++;
            }
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, squares / n - mean * mean))};
    }
}
