//go:build tools

// Keeps the tempo command in this module's build list.
package tools

import _ "github.com/grafana/tempo/cmd/tempo"
