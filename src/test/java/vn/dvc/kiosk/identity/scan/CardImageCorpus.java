package vn.dvc.kiosk.identity.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.PerspectiveTransform;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Deterministic camera frames of citizen ID cards for decoder tests and benchmarks: a light card (85.6 × 54 mm)
 * with an emblem, a photo, bars standing in for printed text lines (no fonts, so the pixels are the same on every
 * machine) and a QR code (error correction M, UTF-8 announced by an ECI as ZXing's writer makes it, or without
 * one as some issuers do) in its top right corner, lying on a cluttered desk. The code sits near the frame centre
 * and the card is cut off by the frame edge when it is held close, as in a real camera. Then, as a camera would add
 * them: perspective tilt, uneven light, darkness, low contrast, a glare spot, Gaussian blur (defocus) and sensor
 * noise. Same seed, same pixels.
 */
public final class CardImageCorpus {

    /**
     * A chip card's QR payload (7 fields): born 1990 in Hà Nội (001), male in the 1900s (0), so the ID number
     * agrees with the other fields.
     */
    public static final String ID_CARD_PAYLOAD = "001090012345|123456789|Nguyễn Văn An|15081990|Nam"
            + "|Thôn Đông, Xã Yên Bình, Huyện Thạch Thất, Hà Nội|01032021";
    /** A second card, female, no old ID number, a long address full of diacritics. */
    public static final String SECOND_CARD_PAYLOAD = "079195001234||Trần Thị Ngọc Ánh|03111995|Nữ"
            + "|Số 12 Đường Nguyễn Huệ, Phường Bến Nghé, Quận 1,"
            + " Thành phố Hồ Chí Minh|20042021";
    public static final String URL_PAYLOAD = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html";
    /** The VietQR worked example of DOMAIN.md (CRC 70FA). */
    public static final String VIETQR_PAYLOAD = "00020101021238540010A000000727012400069704360110101759560002"
            + "08QRIBFTTA530370454061800005802VN62230819thanh toan don hang630470FA";

    private static final double CARD_WIDTH_MM = 85.6;
    private static final double CARD_HEIGHT_MM = 54;
    private static final double QR_MM = 16;
    private static final double QR_LEFT_MM = 64;
    private static final double QR_TOP_MM = 5;

    private CardImageCorpus() {
    }

    /** A frame with what it should decode to; {@code expected} is null when no code can or should be read. */
    public record Sample(String name, BufferedImage frame, String expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * What the camera sees. {@code moduleSize}: pixels per QR module at the code's centre; {@code rotation} in
     * degrees; {@code tilt}: how much narrower the top of the frame's scene is than its bottom (0 = facing the
     * desk); {@code blur}, {@code noise}: Gaussian sigmas in pixels and levels; {@code glare}: strength of a bright
     * spot over the code (1 burns out its middle); {@code contrast}: 1 = as printed, 0.2 = faded or washed out;
     * {@code light}: 1 = well lit, 0.15 = a dark hall; {@code damage}: share of the code's data modules flipped;
     * {@code card}: whether a card is shown at all; {@code payload}: null for a card without a code;
     * {@code withoutEci}: null for UTF-8 announced by an ECI (ZXing's writer), else the charset of the payload's
     * bytes written without an ECI (as many issuers do; a reader then has to assume the charset).
     */
    public record Scene(int width, int height, String payload, Charset withoutEci, boolean card, double moduleSize,
            double rotation, double tilt, double blur, double noise, double glare, double contrast, double light,
            double damage, long seed) {

        /** A well-lit, sharp, upright card with a code of {@code moduleSize} pixels per module. */
        public static Scene card(String payload, int width, int height, double moduleSize) {
            return new Scene(width, height, payload, null, true, moduleSize, 0, 0, 0, 1.5, 0, 1, 1, 0, 7);
        }

        /** A card without a code (its back, or the code under a thumb), drawn at the scale of a card's code. */
        public static Scene cardWithoutCode(int width, int height, double moduleSize) {
            return new Scene(width, height, null, null, true, moduleSize, 0, 0, 0.6, 3, 0, 1, 1, 0, 12);
        }

        /** The desk with nothing on it. */
        public static Scene emptyDesk(int width, int height) {
            return new Scene(width, height, null, null, false, 4, 0, 0, 0.6, 3, 0, 1, 1, 0, 11);
        }

        public Scene rotated(double degrees) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, degrees, tilt,
                    blur, noise, glare, contrast, light, damage, seed);
        }

        public Scene tilted(double narrowing) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, narrowing,
                    blur, noise, glare, contrast, light, damage, seed);
        }

        public Scene blurred(double sigma) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, tilt,
                    sigma, noise, glare, contrast, light, damage, seed);
        }

        public Scene noisy(double sigma) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, tilt,
                    blur, sigma, glare, contrast, light, damage, seed);
        }

        public Scene glare(double strength) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, tilt,
                    blur, noise, strength, contrast, light, damage, seed);
        }

        public Scene contrast(double factor) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, tilt,
                    blur, noise, glare, factor, light, damage, seed);
        }

        public Scene light(double factor) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, tilt,
                    blur, noise, glare, contrast, factor, damage, seed);
        }

        public Scene damaged(double share) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, tilt,
                    blur, noise, glare, contrast, light, share, seed);
        }

        /** The payload's bytes in {@code charset}, written without an ECI. */
        public Scene withoutEci(Charset charset) {
            return new Scene(width, height, payload, charset, card, moduleSize, rotation, tilt,
                    blur, noise, glare, contrast, light, damage, seed);
        }

        public Scene seed(long newSeed) {
            return new Scene(width, height, payload, withoutEci, card, moduleSize, rotation, tilt,
                    blur, noise, glare, contrast, light, damage, newSeed);
        }

        public BufferedImage render() {
            return CardImageCorpus.render(this);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Sample sets

    /** Clean, upright cards a decoder must read: both frame sizes, both payloads. */
    public static List<Sample> cleanCards() {
        List<Sample> samples = new ArrayList<>();
        for (int[] size : new int[][] {{640, 480}, {1280, 720}}) {
            for (double module : new double[] {4, 6}) {
                samples.add(sample("clean " + size[0] + "x" + size[1] + " " + module + "px",
                        Scene.card(ID_CARD_PAYLOAD, size[0], size[1], module), ID_CARD_PAYLOAD));
            }
            samples.add(sample("clean second card, UTF-8 without ECI, " + size[0] + "x" + size[1],
                    Scene.card(SECOND_CARD_PAYLOAD, size[0], size[1], 5).withoutEci(StandardCharsets.UTF_8).seed(8),
                    SECOND_CARD_PAYLOAD));
        }
        return samples;
    }

    /** One moderate case of each camera trouble at a readable size; a good decoder reads them all. */
    public static List<Sample> troubledCards() {
        Scene base = Scene.card(ID_CARD_PAYLOAD, 1280, 720, 5.5);
        Scene small = Scene.card(ID_CARD_PAYLOAD, 640, 480, 4.5);
        return List.of(sample("rotated 30°", base.rotated(30).seed(21), ID_CARD_PAYLOAD),
                sample("rotated 45°", small.rotated(45).seed(22), ID_CARD_PAYLOAD),
                sample("rotated 90°", base.rotated(90).seed(23), ID_CARD_PAYLOAD),
                sample("upside down", small.rotated(180).seed(24), ID_CARD_PAYLOAD),
                sample("tilted", base.tilted(0.2).rotated(-8).seed(25), ID_CARD_PAYLOAD),
                sample("blurred σ1.4", base.blurred(1.4).seed(26), ID_CARD_PAYLOAD),
                sample("blurred 640", small.blurred(1.1).seed(27), ID_CARD_PAYLOAD),
                sample("noisy σ14", base.noisy(14).seed(28), ID_CARD_PAYLOAD),
                sample("low contrast", base.contrast(0.25).seed(29), ID_CARD_PAYLOAD),
                sample("glare", base.glare(0.8).seed(30), ID_CARD_PAYLOAD),
                sample("dim light", small.light(0.3).noisy(4).seed(31), ID_CARD_PAYLOAD));
    }

    /**
     * Frames that hold no ID card code. {@code expected} is the text of a code that is not an ID card (the decoder
     * returns it; the parser rejects it), or null where nothing must be read: no code, a code damaged beyond what
     * error correction M repairs.
     */
    public static List<Sample> negatives() {
        byte[] random = new byte[96];
        new Random(404).nextBytes(random);
        String randomBytes = new String(random, StandardCharsets.ISO_8859_1);
        return List.of(sample("empty desk", Scene.emptyDesk(1280, 720), null),
                sample("card without a code", Scene.cardWithoutCode(1280, 720, 5).rotated(5), null),
                sample("URL code", Scene.card(URL_PAYLOAD, 640, 480, 5).seed(13), URL_PAYLOAD),
                sample("VietQR code", Scene.card(VIETQR_PAYLOAD, 1280, 720, 5).seed(14), VIETQR_PAYLOAD),
                sample("random bytes code",
                        Scene.card(randomBytes, 640, 480, 4.5).withoutEci(StandardCharsets.ISO_8859_1).seed(15),
                        new String(random, StandardCharsets.UTF_8)),
                sample("damaged code 640", Scene.card(ID_CARD_PAYLOAD, 640, 480, 5).damaged(0.3).seed(16), null),
                sample("damaged code 1280", Scene.card(ID_CARD_PAYLOAD, 1280, 720, 6).damaged(0.25).seed(17),
                        null));
    }

    /**
     * The hard corpus: {@code count} frames of one size whose troubles are drawn at random (fixed seed) from what
     * kiosk and tablet cameras see: module sizes from 2.5 px up to a code filling the frame, any rotation (mostly
     * small, some 90° and 180°), defocus blur up to σ 2.2 px, noise up to σ 18, and in a share of frames a tilt,
     * glare, low contrast or a dark hall. Some are unreadable for any decoder; rates are what is compared.
     */
    public static List<Sample> hardCorpus(int width, int height, int count) {
        return hardCorpus(width, height, count, 20261122L);
    }

    /** The hard corpus drawn with another seed: to tune on one draw and measure on another. */
    public static List<Sample> hardCorpus(int width, int height, int count, long seed) {
        Random random = new Random(seed + width);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String payload = i % 3 == 2 ? SECOND_CARD_PAYLOAD : ID_CARD_PAYLOAD;
            double roll = random.nextDouble();
            double rotation = roll < 0.4 ? uniform(random, -10, 10)
                    : roll < 0.7 ? uniform(random, 10, 45) * (random.nextBoolean() ? 1 : -1)
                            : roll < 0.85 ? 90 + uniform(random, -5, 5) : 180 + uniform(random, -5, 5);
            double turn = Math.toRadians(rotation);
            double spread = Math.abs(Math.cos(turn)) + Math.abs(Math.sin(turn));
            double largest = 0.85 * Math.min(width, height) / ((qrModules(payload) + 4) * spread);
            double module = Math.min(largest, Math.exp(uniform(random, Math.log(2.5), Math.log(largest))));
            Scene scene = Scene.card(payload, width, height, module).rotated(rotation)
                    .withoutEci(payload.equals(SECOND_CARD_PAYLOAD) ? StandardCharsets.UTF_8 : null)
                    .blurred(uniform(random, 0.3, 2.2)).noisy(uniform(random, 2, 18)).seed(seed + i);
            StringBuilder name = new StringBuilder(String.format(Locale.ROOT,
                    "hard %dx%d #%d %.1fpx %.0f° blur %.1f noise %.0f", width, height, i, module, rotation,
                    scene.blur(), scene.noise()));
            if (random.nextDouble() < 0.25) {
                scene = scene.tilted(uniform(random, 0.1, 0.3));
                name.append(String.format(Locale.ROOT, " tilt %.2f", scene.tilt()));
            }
            if (random.nextDouble() < 0.25) {
                scene = scene.glare(uniform(random, 0.5, 1.0));
                name.append(String.format(Locale.ROOT, " glare %.2f", scene.glare()));
            }
            if (random.nextDouble() < 0.2) {
                scene = scene.contrast(uniform(random, 0.12, 0.35));
                name.append(String.format(Locale.ROOT, " contrast %.2f", scene.contrast()));
            }
            if (random.nextDouble() < 0.2) {
                scene = scene.light(uniform(random, 0.12, 0.3));
                name.append(String.format(Locale.ROOT, " light %.2f", scene.light()));
            }
            samples.add(sample(name.toString(), scene, payload));
        }
        return samples;
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    private static Sample sample(String name, Scene scene, String expected) {
        return new Sample(name, scene.render(), expected);
    }

    // ----------------------------------------------------------------------------------------------------------
    // For browser tests: a card to show a fake camera

    /**
     * A clean camera frame of a card whose code holds {@code payload}, upright and sharp, the code about a third of
     * the frame's height (comfortably readable, also after a browser scales the video down).
     */
    public static BufferedImage cardFrame(String payload, int width, int height) {
        double module = Math.max(3, Math.min(width, height) / 3.0 / qrModules(payload));
        return Scene.card(payload, width, height, module).blurred(0.5).noisy(1).render();
    }

    /**
     * Writes {@link #cardFrame(String, int, int)} to {@code file} as a PNG (creating its folder) and returns the
     * file; e.g. to make a fake camera video for Chromium's {@code --use-file-for-fake-video-capture}.
     */
    public static Path writeCardPng(Path file, String payload, int width, int height) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            ImageIO.write(cardFrame(payload, width, height), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Rendering

    /** How many modules wide the code for {@code payload} is (error correction M, UTF-8). */
    public static int qrModules(String payload) {
        return encode(payload, null).getWidth();
    }

    private static BitMatrix encode(String payload, Charset withoutEci) {
        try {
            if (withoutEci == null) {
                return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET,
                                "UTF-8", EncodeHintType.MARGIN, 0));
            }
            // no charset hint: ZXing writes each char as one byte (ISO-8859-1) and announces nothing
            String bytes = new String(payload.getBytes(withoutEci), StandardCharsets.ISO_8859_1);
            return new QRCodeWriter().encode(bytes, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + payload, e);
        }
    }

    /** The frame for {@code scene}, as a USB camera delivers it ({@code TYPE_3BYTE_BGR}). */
    public static BufferedImage render(Scene scene) {
        int width = scene.width();
        int height = scene.height();
        Random random = new Random(scene.seed());
        BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawn.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        paintDesk(g, width, height, random);
        double[] qrCentre = {width / 2.0 + uniform(random, -0.06, 0.06) * width,
                height / 2.0 + uniform(random, -0.06, 0.06) * height};
        if (scene.card()) {
            paintCard(g, scene, qrCentre, random);
        }
        g.dispose();
        float[][] rgb = channels(((DataBufferInt) drawn.getRaster().getDataBuffer()).getData());
        if (scene.tilt() > 0) {
            rgb = tilt(rgb, width, height, scene.tilt());
        }
        light(rgb, scene, qrCentre, random);
        if (scene.blur() > 0) {
            for (float[] channel : rgb) {
                gaussianBlur(channel, width, height, scene.blur());
            }
        }
        return toCameraImage(rgb, width, height, scene.noise(), random);
    }

    private static void paintDesk(Graphics2D g, int width, int height, Random random) {
        Color[][] desks = {{new Color(120, 84, 56), new Color(150, 108, 72)},
                {new Color(96, 100, 108), new Color(140, 144, 150)}, {new Color(70, 60, 56), new Color(104, 92, 84)}};
        Color[] desk = desks[random.nextInt(desks.length)];
        g.setPaint(new GradientPaint(0, 0, desk[0], width, height, desk[1]));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            int shade = 40 + random.nextInt(200);
            g.setColor(new Color(shade, shade - random.nextInt(30), shade - random.nextInt(40),
                    90 + random.nextInt(120)));
            double x = random.nextDouble() * width;
            double y = random.nextDouble() * height;
            double w = (0.05 + 0.3 * random.nextDouble()) * width;
            double h = (0.02 + 0.2 * random.nextDouble()) * height;
            if (random.nextBoolean()) {
                g.fill(new Rectangle2D.Double(x, y, w, h));
            } else {
                g.fill(new Ellipse2D.Double(x, y, w, h));
            }
        }
        g.setStroke(new BasicStroke(Math.max(2f, height / 120f)));
        g.setColor(new Color(20, 30, 90));
        g.drawLine(random.nextInt(width), random.nextInt(height), random.nextInt(width), random.nextInt(height));
    }

    /** The card in millimetres, placed so that the code's centre lands on {@code qrCentre}. */
    private static void paintCard(Graphics2D g, Scene scene, double[] qrCentre, Random random) {
        BitMatrix code = scene.payload() == null ? null : encode(scene.payload(), scene.withoutEci());
        int modules = code == null ? qrModules(ID_CARD_PAYLOAD) : code.getWidth();
        double pixelsPerMm = scene.moduleSize() * modules / QR_MM;
        AffineTransform toFrame = new AffineTransform();
        toFrame.translate(qrCentre[0], qrCentre[1]);
        toFrame.rotate(Math.toRadians(scene.rotation()));
        toFrame.scale(pixelsPerMm, pixelsPerMm);
        toFrame.translate(-(QR_LEFT_MM + QR_MM / 2), -(QR_TOP_MM + QR_MM / 2));
        AffineTransform saved = g.getTransform();
        g.transform(toFrame);

        g.setColor(new Color(0, 0, 0, 70));
        g.fill(new RoundRectangle2D.Double(0.6, 0.8, CARD_WIDTH_MM, CARD_HEIGHT_MM, 6, 6));
        g.setPaint(new GradientPaint(0, 0, new Color(232, 238, 242), 86, 54, new Color(214, 226, 234)));
        g.fill(new RoundRectangle2D.Double(0, 0, CARD_WIDTH_MM, CARD_HEIGHT_MM, 6, 6));
        // emblem, header, title
        g.setColor(new Color(196, 38, 38));
        g.fill(new Ellipse2D.Double(4, 3.5, 11, 11));
        g.setColor(new Color(240, 200, 60));
        g.fill(new Ellipse2D.Double(7.5, 7, 4, 4));
        g.setColor(new Color(40, 50, 110));
        g.fill(new Rectangle2D.Double(20, 4, 38, 1.8));
        g.fill(new Rectangle2D.Double(26, 7.2, 26, 1.6));
        g.setColor(new Color(190, 40, 40));
        g.fill(new Rectangle2D.Double(22, 11.5, 34, 2.6));
        // photo
        g.setColor(new Color(176, 182, 192));
        g.fill(new Rectangle2D.Double(4, 18, 19, 25));
        g.setColor(new Color(112, 100, 94));
        g.fill(new Ellipse2D.Double(8.5, 21, 10, 12.5));
        g.fill(new Ellipse2D.Double(5, 33, 17, 14));
        g.setColor(new Color(232, 238, 242));
        g.fill(new Rectangle2D.Double(4, 43, 19, 4));
        // text lines: a label, then a value
        for (double y = 18; y < 50; y += 4.3) {
            boolean belowCode = y > 25;
            g.setColor(new Color(96, 96, 110));
            double label = uniform(random, 7, 13);
            g.fill(new Rectangle2D.Double(27, y, label, 1.4));
            g.setColor(new Color(32, 32, 44));
            double room = (belowCode ? 82 : 60) - (28 + label);
            g.fill(new Rectangle2D.Double(28 + label, y - 0.3, uniform(random, 0.35, 1) * room, 2.0));
        }
        // the code on a slightly whiter patch, or the chip where a card has no code
        if (code == null) {
            g.setColor(new Color(200, 170, 90));
            g.fill(new RoundRectangle2D.Double(QR_LEFT_MM + 3, QR_TOP_MM + 3, 11, 9, 2, 2));
        } else {
            g.setColor(new Color(246, 248, 249));
            g.fill(new Rectangle2D.Double(QR_LEFT_MM - 1.2, QR_TOP_MM - 1.2, QR_MM + 2.4, QR_MM + 2.4));
            g.setColor(new Color(24, 24, 34));
            g.fill(darkModules(damage(code, scene.damage(), random), QR_LEFT_MM, QR_TOP_MM, QR_MM / modules));
        }
        g.setTransform(saved);
    }

    /** Flips {@code share} of the modules outside the finder patterns, format information and timing lines. */
    private static BitMatrix damage(BitMatrix code, double share, Random random) {
        if (share <= 0) {
            return code;
        }
        BitMatrix damaged = code.clone();
        int n = code.getWidth();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean structure = (x < 9 && y < 9) || (x >= n - 8 && y < 9) || (x < 9 && y >= n - 8) || x == 6
                        || y == 6;
                if (!structure && random.nextDouble() < share) {
                    damaged.flip(x, y);
                }
            }
        }
        return damaged;
    }

    /** One shape for all dark modules, so anti-aliasing leaves no seams between neighbouring modules. */
    private static Path2D darkModules(BitMatrix code, double left, double top, double module) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        int n = code.getWidth();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!code.get(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < n && code.get(run, y)) {
                    run++;
                }
                path.append(new Rectangle2D.Double(left + x * module, top + y * module, (run - x) * module, module),
                        false);
                x = run;
            }
        }
        return path;
    }

    private static float[][] channels(int[] pixels) {
        float[][] rgb = new float[3][pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            rgb[0][i] = (pixels[i] >> 16) & 0xff;
            rgb[1][i] = (pixels[i] >> 8) & 0xff;
            rgb[2][i] = pixels[i] & 0xff;
        }
        return rgb;
    }

    /** The camera looks at the desk at an angle: the top of the scene is {@code narrowing} narrower. */
    private static float[][] tilt(float[][] rgb, int width, int height, double narrowing) {
        float spread = (float) (narrowing * width / 2);
        PerspectiveTransform toSource = PerspectiveTransform.quadrilateralToQuadrilateral(0, 0, width, 0, width,
                height, 0, height, -spread, 0, width + spread, 0, width, height, 0, height);
        float[][] out = new float[rgb.length][width * height];
        float[] points = new float[2 * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                points[2 * x] = x + 0.5f;
                points[2 * x + 1] = y + 0.5f;
            }
            toSource.transformPoints(points);
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < rgb.length; c++) {
                    out[c][y * width + x] = bilinear(rgb[c], width, height, points[2 * x] - 0.5f,
                            points[2 * x + 1] - 0.5f);
                }
            }
        }
        return out;
    }

    private static float bilinear(float[] channel, int width, int height, float x, float y) {
        float cx = Math.clamp(x, 0, width - 1.001f);
        float cy = Math.clamp(y, 0, height - 1.001f);
        int x0 = (int) cx;
        int y0 = (int) cy;
        float fx = cx - x0;
        float fy = cy - y0;
        int i = y0 * width + x0;
        float top = channel[i] * (1 - fx) + channel[i + 1] * fx;
        float bottom = channel[i + width] * (1 - fx) + channel[i + width + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /** Contrast, overall light with a mild vignette, and a glare spot near the code; burnt out at 255. */
    private static void light(float[][] rgb, Scene scene, double[] qrCentre, Random random) {
        int width = scene.width();
        int height = scene.height();
        double codeSize = scene.moduleSize() * qrModules(ID_CARD_PAYLOAD);
        double glareX = qrCentre[0] + uniform(random, -0.3, 0.3) * codeSize;
        double glareY = qrCentre[1] + uniform(random, -0.3, 0.3) * codeSize;
        double glareRadius = Math.max(12, uniform(random, 0.15, 0.3) * codeSize);
        double halfDiagonalSquared = (width * (double) width + height * (double) height) / 4;
        float contrast = (float) scene.contrast();
        for (int y = 0; y < height; y++) {
            double dy = y - height / 2.0;
            double glareDy = y - glareY;
            for (int x = 0; x < width; x++) {
                double dx = x - width / 2.0;
                float gain = (float) (scene.light() * (1 - 0.18 * (dx * dx + dy * dy) / halfDiagonalSquared));
                float spot = 0;
                if (scene.glare() > 0) {
                    double glareDx = x - glareX;
                    double distanceSquared = (glareDx * glareDx + glareDy * glareDy)
                            / (2 * glareRadius * glareRadius);
                    spot = distanceSquared > 12 ? 0 : (float) (scene.glare() * 330 * Math.exp(-distanceSquared));
                }
                int i = y * width + x;
                for (float[] channel : rgb) {
                    channel[i] = Math.min(255, (150 + (channel[i] - 150) * contrast) * gain + spot);
                }
            }
        }
    }

    /** Separable Gaussian blur in place, edges repeated. */
    static void gaussianBlur(float[] channel, int width, int height, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        float[] kernel = new float[2 * radius + 1];
        float sum = 0;
        for (int k = -radius; k <= radius; k++) {
            kernel[k + radius] = (float) Math.exp(-k * k / (2 * sigma * sigma));
            sum += kernel[k + radius];
        }
        for (int k = 0; k < kernel.length; k++) {
            kernel[k] /= sum;
        }
        float[] padded = new float[Math.max(width, height) + 2 * radius];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = -radius; x < width + radius; x++) {
                padded[x + radius] = channel[row + Math.clamp(x, 0, width - 1)];
            }
            convolve(padded, kernel, channel, row, 1, width);
        }
        for (int x = 0; x < width; x++) {
            for (int y = -radius; y < height + radius; y++) {
                padded[y + radius] = channel[Math.clamp(y, 0, height - 1) * width + x];
            }
            convolve(padded, kernel, channel, x, width, height);
        }
    }

    private static void convolve(float[] padded, float[] kernel, float[] out, int start, int step, int count) {
        for (int i = 0; i < count; i++) {
            float acc = 0;
            for (int k = 0; k < kernel.length; k++) {
                acc += kernel[k] * padded[i + k];
            }
            out[start + i * step] = acc;
        }
    }

    /** Sensor noise (Gaussian, mostly shared by the three channels), rounded into a BGR camera image. */
    private static BufferedImage toCameraImage(float[][] rgb, int width, int height, double noise, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float shared = (float) (noise * 0.8);
        float own = (float) (noise * 0.45);
        // drawing a few million Gaussians one by one is slow: pick them from a table with a seeded xorshift
        float[] gaussians = new float[1 << 16];
        for (int i = 0; i < gaussians.length; i++) {
            gaussians[i] = (float) random.nextGaussian();
        }
        int state = random.nextInt() | 1;
        for (int i = 0; i < width * height; i++) {
            state = xorshift(state);
            float common = shared * gaussians[state & 0xffff];
            for (int c = 0; c < 3; c++) {
                state = xorshift(state);
                float level = rgb[c][i] + common + own * gaussians[state & 0xffff];
                bgr[3 * i + 2 - c] = (byte) Math.clamp(Math.round(level), 0, 255);
            }
        }
        return image;
    }

    private static int xorshift(int state) {
        int next = state ^ (state << 13);
        next ^= next >>> 17;
        return next ^ (next << 5);
    }
}
