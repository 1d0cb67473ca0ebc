/** Running as several app nodes on one (Galera) database: job leases, retrying lost write conflicts. */
package vn.dvc.kiosk.shared.cluster;
