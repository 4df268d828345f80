//go:build tools

// Keeps the jaeger command in this module's build list.
package tools

import _ "github.com/jaegertracing/jaeger/cmd/jaeger"
