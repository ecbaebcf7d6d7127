package org.spectralbias.kernels;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.kernel.ReluNtk;

/** Built-in kernel {@code ntk-bietti-mairal}: the ReLU NTK normalised as in Bietti and Mairal (2019). */
@Component(service = Kernel.class)
@ContributionInfo(id = "ntk-bietti-mairal", name = "ReLU NTK (Bietti–Mairal)",
		description = "κ_BM = 2(t·κ1 + κ2), the normalisation of Bietti and Mairal, NeurIPS 2019")
public final class BiettiMairalKernel implements Kernel {

	@Override
	public PairKernel create(KernelRequest request) {
		return ReluNtk.biettiMairal();
	}
}
