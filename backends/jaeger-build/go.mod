// Build module for the Jaeger v2 binary (cmd/jaeger). Jaeger's own go.mod at
// v1.76.0 (the same commit as release v2.13.0) has a replace directive, so
// `go install …@v1.76.0` refuses it; building from this main module, which
// repeats that replace, is Go's ordinary way around that. See docs/backends.md.
module tracescope.local/jaeger-build

go 1.24.6

require github.com/jaegertracing/jaeger v1.76.0

replace github.com/Shopify/sarama => github.com/Shopify/sarama v1.33.0
