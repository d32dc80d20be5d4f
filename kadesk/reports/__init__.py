"""Printed documents (ReportLab), built from the services' read objects; no Qt."""
