"""The web application and JSON API over a corpus (`khabar serve`); the app factory is `khabar.web.app.create_app`."""
