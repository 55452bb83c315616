"""The conformance oracle: driving the real Next.js ImageResponse (render.mjs) from Python."""
