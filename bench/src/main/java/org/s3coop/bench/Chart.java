package org.s3coop.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The run's chart, drawn with Java2D (headless): for each scenario its p50 and p99 latency as bars on a logarithmic
 * millisecond axis, the service's next to its baseline's, with the target as a red tick.
 */
final class Chart {
    /** One group of bars: a scenario, its p50 and p99, and its target p99 (0: none). */
    record Bar(String label, double p50, double p99, double targetP99, boolean baseline) {
    }

    static final int WIDTH = 1200;
    static final int ROW = 34;

    private Chart() {
    }

    static void write(Path file, String title, List<Bar> bars) throws IOException {
        int height = 90 + ROW * bars.size() + 50;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, 20, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int left = 360;
        int right = WIDTH - 190; // room for the figures to the right of the longest bar
        int top = 60;
        double minLog = Math.log10(0.1);
        double maxLog = Math.log10(10_000);
        // axis: 0.1 ms .. 10 s, log scale
        for (double v = 0.1; v <= 10_000; v *= 10) {
            int x = x(v, left, right, minLog, maxLog);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(x, top, x, top + ROW * bars.size());
            g.setColor(Color.GRAY);
            g.drawString(v < 1 ? "0.1 ms" : v >= 1000 ? (int) (v / 1000) + " s" : (int) v + " ms", x - 14,
                    top + ROW * bars.size() + 16);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * ROW;
            g.setColor(Color.BLACK);
            g.drawString(b.label(), 20, y + 20);
            Color p99 = b.baseline() ? new Color(150, 150, 150) : new Color(52, 101, 164);
            Color p50 = b.baseline() ? new Color(200, 200, 200) : new Color(114, 159, 207);
            g.setColor(p99);
            g.fillRect(left, y + 4, Math.max(1, x(b.p99(), left, right, minLog, maxLog) - left), 11);
            g.setColor(p50);
            g.fillRect(left, y + 16, Math.max(1, x(b.p50(), left, right, minLog, maxLog) - left), 11);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(java.util.Locale.ROOT, "p99 %.1f / p50 %.1f ms", b.p99(), b.p50()),
                    x(b.p99(), left, right, minLog, maxLog) + 6, y + 15);
            if (b.targetP99() > 0) {
                int tx = x(b.targetP99(), left, right, minLog, maxLog);
                g.setColor(Color.RED);
                g.setStroke(new BasicStroke(3));
                g.drawLine(tx, y + 1, tx, y + 30);
                g.setStroke(new BasicStroke(1));
            }
        }
        int ly = top + ROW * bars.size() + 34;
        g.setColor(new Color(52, 101, 164));
        g.fillRect(20, ly - 10, 12, 10);
        g.setColor(Color.BLACK);
        g.drawString("s3coop p99 (lighter: p50)", 36, ly);
        g.setColor(new Color(150, 150, 150));
        g.fillRect(230, ly - 10, 12, 10);
        g.setColor(Color.BLACK);
        g.drawString("baseline p99 (lighter: p50)", 246, ly);
        g.setColor(Color.RED);
        g.fillRect(450, ly - 10, 3, 12);
        g.setColor(Color.BLACK);
        g.drawString("target p99", 458, ly);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static int x(double ms, int left, int right, double minLog, double maxLog) {
        double v = Math.log10(Math.max(0.1, Math.min(10_000, ms)));
        return left + (int) Math.round((v - minLog) / (maxLog - minLog) * (right - left));
    }
}
