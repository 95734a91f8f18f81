# aigrid gateway configuration. Reference: docs/config.md
#
# Secrets come from the environment through env("NAME") or env("NAME", "default"); this file
# loads with no variables set (the OpenAI key is then simply absent and upstream calls fail
# with an authentication error). AIGRID_HOST, AIGRID_PORT, AIGRID_DATABASE and AIGRID_ADMIN_KEY
# override the values below.

# Embedded SQLite by default; or "postgres://user@127.0.0.1:5432/aigrid" to share state
# between several gateway processes.
database = "sqlite:.aigrid/aigrid.db"
data_dir = ".aigrid"

server {
  host           = "127.0.0.1" # loopback only; "0.0.0.0" to listen on every interface
  port           = 8420
  admin_key      = env("AIGRID_ADMIN_KEY") # admin routes are disabled while this is unset
  max_body_bytes = 4194304                 # 4 MiB
  log_bodies     = false
}

provider "openai" {
  type                  = "openai"
  # AIGRID_OPENAI_BASE_URL points it elsewhere (a local OpenAI-compatible server, a mock) without
  # editing this file; not OPENAI_BASE_URL, which clients pointed at this gateway may have set.
  base_url              = env("AIGRID_OPENAI_BASE_URL", "https://api.openai.com/v1")
  api_key               = env("OPENAI_API_KEY")
  connect_timeout_ms    = 5000
  first_byte_timeout_ms = 120000
  total_timeout_ms      = 600000
  max_connections       = 256
}

model "gpt-4o-mini" {
  provider = "openai"
}

model "text-embedding-3-small" {
  provider = "openai"
}

# A local OpenAI-compatible server, e.g. Ollama:
#
# provider "ollama" {
#   type     = "openai-compatible"
#   base_url = "http://127.0.0.1:11434/v1"
# }
#
# model "llama3.2" {
#   provider       = "ollama"
#   upstream_model = "llama3.2:3b"
# }
