# Build on the Swift 6 image, run on a slim Debian with only the runtime libraries.
FROM swift:6.3-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product newsgraph --static-swift-stdlib \
    && mkdir -p /out \
    && cp "$(swift build -c release --show-bin-path)/newsgraph" /out/ \
    && cp -r "$(swift build -c release --show-bin-path)"/*.resources /out/

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 zlib1g ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /var/lib/newsgraph newsgraph
COPY --from=build /out/ /opt/newsgraph/
COPY Public /opt/newsgraph/Public
USER newsgraph
WORKDIR /var/lib/newsgraph
EXPOSE 8080
VOLUME /var/lib/newsgraph
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["/opt/newsgraph/newsgraph", "serve", "--host", "0.0.0.0", "--port", "8080", \
    "--data-dir", "/var/lib/newsgraph/data", "--public", "/opt/newsgraph/Public"]
