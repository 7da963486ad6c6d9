package org.s3coop.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.vertx.core.buffer.Buffer;

/**
 * The bytes of the stream's frames: the SSE event format (field, colon, value, line feed; an empty line ends the event),
 * exactly as RESTEasy Reactive's SSE writer sent the stream's events before the frames were built once per event.
 */
class SseFrameTest {

    private static String text(Buffer b) {
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEventIsContentTypeIdEventAndOneDataLineThenAnEmptyLine() {
        String json = "{\"id\":\"f6e73f6f-0258-4695-9029-183c1e4ebbe2\",\"type\":\"org.s3coop.region.registered.v1\","
                + "\"subject\":\"BE21\",\"data\":{\"name\":\"Région d’Anvers\"}}";
        Buffer frame = SseFrame.of("cfb2a.0-0-0.0-2-0", "org.s3coop.region.registered.v1", json);

        // what the stream sent for this event before (captured from the old endpoint, one HTTP chunk per event)
        assertThat(text(frame)).isEqualTo("content-type:text/plain\n"
                + "id:cfb2a.0-0-0.0-2-0\n"
                + "event:org.s3coop.region.registered.v1\n"
                + "data:" + json + "\n"
                + "\n");
        // UTF-8, as the old writer encoded it
        assertThat(frame.getBytes()).isEqualTo(text(frame).getBytes(StandardCharsets.UTF_8));
        assertThat(frame.length()).isGreaterThan(text(frame).length());
    }

    @Test
    void lineBreaksSplitDataIntoLinesAndEndTheOtherFields() {
        Buffer frame = SseFrame.of("c1.0-0-1\nforged: x", "t\rx", "a\nb\r\nc\rd\n\re");

        assertThat(text(frame)).isEqualTo("content-type:text/plain\n"
                + "id:c1.0-0-1\n"
                + "event:t\n"
                + "data:a\ndata:b\ndata:\ndata:c\ndata:d\ndata:e\n"
                + "\n");
    }

    @Test
    void aMissingFieldIsLeftOut() {
        assertThat(text(SseFrame.of(null, null, "{}"))).isEqualTo("content-type:text/plain\ndata:{}\n\n");
    }

    @Test
    void theHeartbeatIsAComment() {
        assertThat(text(SseFrame.HEARTBEAT)).isEqualTo(":keep-alive\n\n");
    }

    @Test
    void aFrameCanBeWrittenAnyNumberOfTimes() {
        Buffer frame = SseFrame.of("c1.0-0-1", "t", "{}");
        for (int i = 0; i < 3; i++) {
            // each write takes a view of the buffer; Netty releasing a view after the write frees nothing
            ByteBuf view = frame.getByteBuf();
            view.skipBytes(view.readableBytes());
            view.release();
        }
        assertThat(text(frame)).isEqualTo("content-type:text/plain\nid:c1.0-0-1\nevent:t\ndata:{}\n\n");
    }

    @Test
    void aChunkIsWhatNettysHttpEncoderMakesOfTheFrame() {
        ByteBuf chunk = SseFrame.chunk("c1.0-0-1", "t", "{\"name\":\"Région\"}");
        Buffer frame = SseFrame.frame(chunk);

        EmbeddedChannel channel = new EmbeddedChannel(new HttpResponseEncoder());
        HttpResponse head = new DefaultHttpResponse(io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
                HttpResponseStatus.OK);
        HttpUtil.setTransferEncodingChunked(head, true);
        channel.writeOutbound(head);
        channel.<ByteBuf> readOutbound().release();
        channel.writeOutbound(new DefaultHttpContent(Unpooled.copiedBuffer(frame.getBytes())));
        ByteBuf encoded = Unpooled.buffer();
        for (ByteBuf b = channel.readOutbound(); b != null; b = channel.readOutbound()) {
            encoded.writeBytes(b);
            b.release();
        }

        assertThat(text(Buffer.buffer(SseFrame.view(chunk)))).isEqualTo(encoded.toString(StandardCharsets.UTF_8));
        assertThat(text(frame)).isEqualTo("content-type:text/plain\nid:c1.0-0-1\nevent:t\ndata:{\"name\":\"Région\"}\n\n");
        // a view per write: Netty releasing it, or reading it to the end, leaves the shared chunk as it was
        for (int i = 0; i < 3; i++) {
            ByteBuf view = SseFrame.view(chunk);
            view.skipBytes(view.readableBytes());
            view.release();
        }
        assertThat(chunk.refCnt()).isEqualTo(1);
        assertThat(SseFrame.view(chunk).readableBytes()).isEqualTo(encoded.readableBytes());
    }
}
